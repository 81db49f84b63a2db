// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.197547075934) q[0];
rx(pi*0.05433180697) q[1];
rx(pi*-0.005455843051) q[2];
rx(pi*0.003021160757) q[3];
rx(pi*0.00981113452) q[4];
rx(pi*-0.001166415624) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.212083255281) q[0];
rx(pi*0.061029191649) q[1];
rx(pi*0.00469700607) q[2];
rx(pi*0.001627888136) q[3];
rx(pi*0.001958584462) q[4];
rx(pi*0.004216186247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.034399009783) q[0];
rx(pi*0.062585213092) q[1];
rx(pi*0.000883132713) q[2];
rx(pi*0.009479552552) q[3];
rx(pi*-0.002836539024) q[4];
rx(pi*0.006401587092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053791904232) q[0];
rx(pi*0.065119720795) q[1];
rx(pi*0.008074364453) q[2];
rx(pi*0.004587471951) q[3];
rx(pi*0.003201538523) q[4];
rx(pi*-0.003976313798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.034308108977) q[0];
rx(pi*0.063719698027) q[1];
rx(pi*-0.000606466066) q[2];
rx(pi*0.009913638347) q[3];
rx(pi*0.000846342851) q[4];
rx(pi*0.002376149886) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
