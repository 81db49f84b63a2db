// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
ry(pi*0.413886544624) q[0];
ry(pi*0.499457924567) q[1];
ry(pi*-0.00061821079) q[2];
ry(pi*-0.001273848957) q[3];
ry(pi*8.4139893e-05) q[4];
ry(pi*0.000288910721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002485676742) q[0];
ry(pi*-0.000957727035) q[1];
ry(pi*0.153769120745) q[2];
ry(pi*-0.000497306622) q[3];
ry(pi*-0.432259981164) q[4];
ry(pi*0.003871941748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086146937217) q[0];
ry(pi*0.000148926305) q[1];
ry(pi*-0.345256082879) q[2];
ry(pi*0.426813626265) q[3];
ry(pi*0.235974441169) q[4];
ry(pi*-0.003953333057) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001681048589) q[0];
ry(pi*6.260086e-06) q[1];
ry(pi*0.000559958044) q[2];
ry(pi*0.421327352705) q[3];
ry(pi*-0.059203116859) q[4];
ry(pi*-0.006451913491) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003717039046) q[0];
ry(pi*0.003589747028) q[1];
ry(pi*-0.000171555568) q[2];
ry(pi*-0.054804161983) q[3];
ry(pi*0.000881441323) q[4];
ry(pi*-0.000470810327) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
