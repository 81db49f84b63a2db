// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.229431176863) q[0];
ry(pi*0.961355500523) q[1];
ry(pi*1.437901593464) q[2];
ry(pi*1.85298782287) q[3];
ry(pi*1.694542915887) q[4];
ry(pi*1.941026684541) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.882717255878) q[0];
ry(pi*0.81263078753) q[1];
ry(pi*1.178900213009) q[2];
ry(pi*1.383898019772) q[3];
ry(pi*1.805762377128) q[4];
ry(pi*1.18404683644) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.811935957446) q[0];
ry(pi*0.831356737723) q[1];
ry(pi*1.542716917557) q[2];
ry(pi*1.996134927495) q[3];
ry(pi*0.157539413626) q[4];
ry(pi*1.414488008553) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.806319720565) q[0];
ry(pi*1.788981816593) q[1];
ry(pi*1.745517224791) q[2];
ry(pi*0.557494307563) q[3];
ry(pi*0.812601797172) q[4];
ry(pi*1.016193419767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.939345699096) q[0];
ry(pi*0.531125148016) q[1];
ry(pi*1.320992129298) q[2];
ry(pi*1.519558326375) q[3];
ry(pi*0.293376470346) q[4];
ry(pi*1.740687522138) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
