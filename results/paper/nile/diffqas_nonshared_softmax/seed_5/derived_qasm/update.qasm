// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.073924195118) q[0];
ry(pi*-0.002714360754) q[1];
ry(pi*-0.001530181005) q[2];
ry(pi*-0.011728567241) q[3];
ry(pi*-0.194148658395) q[4];
ry(pi*-0.098798249971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00367617323) q[0];
ry(pi*-0.343958271046) q[1];
ry(pi*0.01629523172) q[2];
ry(pi*0.218166961693) q[3];
ry(pi*0.149925583571) q[4];
ry(pi*0.082079388812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.037663778545) q[0];
ry(pi*-0.003988834033) q[1];
ry(pi*0.007307886197) q[2];
ry(pi*-0.01975877203) q[3];
ry(pi*-0.055141227075) q[4];
ry(pi*-0.280919324692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012891391532) q[0];
ry(pi*-0.151209222762) q[1];
ry(pi*-0.021967012506) q[2];
ry(pi*-0.072768152398) q[3];
ry(pi*-0.106451524368) q[4];
ry(pi*0.01391290324) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.04638264783) q[0];
ry(pi*-0.005606981145) q[1];
ry(pi*0.011022389714) q[2];
ry(pi*0.015071821517) q[3];
ry(pi*0.032218647388) q[4];
ry(pi*0.002025885986) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
