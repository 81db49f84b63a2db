// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.000595305348) q[0];
rx(pi*0.004383240994) q[1];
rx(pi*0.004600634887) q[2];
rx(pi*0.002901954686) q[3];
rx(pi*0.003188362246) q[4];
rx(pi*-0.000174850842) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003758086882) q[0];
rx(pi*0.006961166348) q[1];
rx(pi*-0.003047842072) q[2];
rx(pi*0.007092869233) q[3];
rx(pi*-0.000404566682) q[4];
rx(pi*0.000737881433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000588466524) q[0];
rx(pi*0.003050337582) q[1];
rx(pi*-0.001617306234) q[2];
rx(pi*0.005863934996) q[3];
rx(pi*0.001703075208) q[4];
rx(pi*0.00055585137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001864940761) q[0];
rx(pi*0.00089343914) q[1];
rx(pi*-1.0282972e-05) q[2];
rx(pi*0.006044700221) q[3];
rx(pi*0.002979774968) q[4];
rx(pi*-0.004965585176) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004817128168) q[0];
rx(pi*-0.00755358743) q[1];
rx(pi*0.004904591942) q[2];
rx(pi*-0.006006413809) q[3];
rx(pi*2.468741e-06) q[4];
rx(pi*0.00258580023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
