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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004017764508) q[0];
rz(pi*-0.005604254406) q[1];
rz(pi*0.002194820962) q[2];
rz(pi*-0.000417824927) q[3];
rz(pi*0.002750929836) q[4];
rz(pi*-0.00425900596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004062337718) q[0];
rz(pi*8.9957634e-05) q[1];
rz(pi*-0.000470204978) q[2];
rz(pi*0.000855290428) q[3];
rz(pi*-0.000223955703) q[4];
rz(pi*0.002418032375) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001243818506) q[0];
rz(pi*-0.00521433776) q[1];
rz(pi*0.001879753289) q[2];
rz(pi*-0.004623678475) q[3];
rz(pi*0.002735668929) q[4];
rz(pi*-0.003573138463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000660365901) q[0];
rz(pi*-0.001762536244) q[1];
rz(pi*-0.001633720181) q[2];
rz(pi*0.006600912408) q[3];
rz(pi*-0.001518170367) q[4];
rz(pi*0.001165781075) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003791572596) q[0];
rz(pi*0.00176783809) q[1];
rz(pi*-0.006782301362) q[2];
rz(pi*0.004761506594) q[3];
rz(pi*-0.002305016311) q[4];
rz(pi*0.002266443381) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
