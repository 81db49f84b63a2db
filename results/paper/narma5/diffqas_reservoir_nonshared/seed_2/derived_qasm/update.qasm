// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*1.757503144311) q[0];
rx(pi*1.117569743613) q[1];
rx(pi*0.200978581946) q[2];
rx(pi*1.482464783249) q[3];
rx(pi*0.685913551172) q[4];
rx(pi*1.721890082632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.394934694779) q[0];
rx(pi*1.104384670548) q[1];
rx(pi*0.575281979491) q[2];
rx(pi*1.151447102441) q[3];
rx(pi*1.900523359199) q[4];
rx(pi*1.450774526884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.742837486079) q[0];
rx(pi*1.314003631522) q[1];
rx(pi*0.578418440303) q[2];
rx(pi*0.562541855305) q[3];
rx(pi*1.360787088133) q[4];
rx(pi*1.747909460602) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.430899435309) q[0];
rx(pi*0.617472095939) q[1];
rx(pi*0.429126176536) q[2];
rx(pi*1.585512302603) q[3];
rx(pi*0.492610697869) q[4];
rx(pi*1.468806681638) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.52361986042) q[0];
rx(pi*0.006198205166) q[1];
rx(pi*1.998125851747) q[2];
rx(pi*1.998172904161) q[3];
rx(pi*0.403111086407) q[4];
rx(pi*0.70523205822) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
