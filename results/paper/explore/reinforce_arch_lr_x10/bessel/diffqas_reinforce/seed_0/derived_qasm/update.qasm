// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002596452539) q[0];
rx(pi*-0.005453996173) q[1];
rx(pi*0.179354392761) q[2];
rx(pi*-0.006058441827) q[3];
rx(pi*0.004604960674) q[4];
rx(pi*0.004054270447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.016630063957) q[0];
rx(pi*0.000651884267) q[1];
rx(pi*0.228508835706) q[2];
rx(pi*0.000363244964) q[3];
rx(pi*0.000493840242) q[4];
rx(pi*-0.000767896468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.011493236393) q[0];
rx(pi*0.01870502088) q[1];
rx(pi*0.178640505184) q[2];
rx(pi*0.001138370494) q[3];
rx(pi*-0.001689674964) q[4];
rx(pi*0.000425495217) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.016530743994) q[0];
rx(pi*-0.002023494976) q[1];
rx(pi*0.234769557854) q[2];
rx(pi*-0.00185942147) q[3];
rx(pi*-0.004661296691) q[4];
rx(pi*0.005071999464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008994834422) q[0];
rx(pi*-0.011877211604) q[1];
rx(pi*0.179537688477) q[2];
rx(pi*-0.002683281022) q[3];
rx(pi*0.002985637251) q[4];
rx(pi*0.002271165965) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
