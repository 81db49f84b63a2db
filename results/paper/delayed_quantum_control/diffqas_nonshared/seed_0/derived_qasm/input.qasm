// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.672113381626) q[0];
ry(pi*-0.000346589301) q[1];
ry(pi*0.014963451553) q[2];
ry(pi*0.500969255702) q[3];
ry(pi*-0.00021934553) q[4];
ry(pi*0.163146562561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000168031621) q[0];
ry(pi*-0.495327557394) q[1];
ry(pi*0.017067959717) q[2];
ry(pi*0.003219177249) q[3];
ry(pi*0.003657054629) q[4];
ry(pi*0.321175643832) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000236851169) q[0];
ry(pi*0.002288174737) q[1];
ry(pi*-0.008270026249) q[2];
ry(pi*0.000177986626) q[3];
ry(pi*-0.0853794706) q[4];
ry(pi*0.003610076031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000555574042) q[0];
ry(pi*-0.513955646153) q[1];
ry(pi*0.030599344717) q[2];
ry(pi*-0.013509556854) q[3];
ry(pi*-2.0581612e-05) q[4];
ry(pi*0.002088892999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000457665919) q[0];
ry(pi*-0.001907938936) q[1];
ry(pi*0.007525833265) q[2];
ry(pi*0.009013509535) q[3];
ry(pi*-0.003769134654) q[4];
ry(pi*-0.002105878796) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
