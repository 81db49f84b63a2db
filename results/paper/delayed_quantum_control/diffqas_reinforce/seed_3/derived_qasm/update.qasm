// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.000666495803) q[0];
ry(pi*-0.007883549007) q[1];
ry(pi*0.002899788532) q[2];
ry(pi*-0.00114993846) q[3];
ry(pi*-0.001186147801) q[4];
ry(pi*-0.003313903139) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011998073936) q[0];
ry(pi*-0.501748656178) q[1];
ry(pi*-0.003357118908) q[2];
ry(pi*0.484166421162) q[3];
ry(pi*0.009991371473) q[4];
ry(pi*-0.509024477246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0029821267) q[0];
ry(pi*0.007773370111) q[1];
ry(pi*3.5405621e-05) q[2];
ry(pi*0.012638106536) q[3];
ry(pi*6.2190884e-05) q[4];
ry(pi*-0.00079986036) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00841861488) q[0];
ry(pi*0.116579290924) q[1];
ry(pi*0.00965389728) q[2];
ry(pi*-0.009038306916) q[3];
ry(pi*0.001094200085) q[4];
ry(pi*0.515412108103) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.028112166905) q[0];
ry(pi*0.051710171666) q[1];
ry(pi*0.484376145915) q[2];
ry(pi*-0.000402299217) q[3];
ry(pi*0.000214374873) q[4];
ry(pi*-0.00067967497) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
