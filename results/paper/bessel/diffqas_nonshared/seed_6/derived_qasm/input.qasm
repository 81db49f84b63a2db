// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.145470611658) q[0];
ry(pi*0.156426443787) q[1];
ry(pi*-0.009173907515) q[2];
ry(pi*0.502110618258) q[3];
ry(pi*-0.043728004688) q[4];
ry(pi*-0.035733033477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.207892706552) q[0];
ry(pi*0.121884099638) q[1];
ry(pi*0.089057195445) q[2];
ry(pi*-0.168920899349) q[3];
ry(pi*-0.014960305635) q[4];
ry(pi*0.060253410226) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.514785855647) q[0];
ry(pi*0.141049553531) q[1];
ry(pi*0.009274085995) q[2];
ry(pi*0.066958924727) q[3];
ry(pi*-0.082589385756) q[4];
ry(pi*-0.118116709588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.483724432032) q[0];
ry(pi*0.461074234597) q[1];
ry(pi*0.151979184295) q[2];
ry(pi*0.316791478213) q[3];
ry(pi*0.343514498477) q[4];
ry(pi*0.153700116861) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010932167184) q[0];
ry(pi*0.003571381408) q[1];
ry(pi*0.1975827447) q[2];
ry(pi*-0.127288003014) q[3];
ry(pi*-0.063152318007) q[4];
ry(pi*0.000875219225) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
