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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001745286459) q[0];
rx(pi*-0.003325408924) q[1];
rx(pi*-0.005841128568) q[2];
rx(pi*-0.001879905071) q[3];
rx(pi*-0.004650849229) q[4];
rx(pi*0.001756535965) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*7.589006e-05) q[0];
rx(pi*0.001631622358) q[1];
rx(pi*0.000288478313) q[2];
rx(pi*-0.001130901531) q[3];
rx(pi*9.9817849e-05) q[4];
rx(pi*0.00335709371) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000584632992) q[0];
rx(pi*-0.002419446734) q[1];
rx(pi*-0.003088239795) q[2];
rx(pi*-0.000696816329) q[3];
rx(pi*-0.002387730228) q[4];
rx(pi*0.005995404873) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.003741446893) q[0];
rx(pi*-0.003433719894) q[1];
rx(pi*-0.000967346144) q[2];
rx(pi*0.002075966777) q[3];
rx(pi*-0.000846535024) q[4];
rx(pi*-0.003053567692) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002573176238) q[0];
rx(pi*-0.001119279463) q[1];
rx(pi*0.0030937579) q[2];
rx(pi*-0.00311715871) q[3];
rx(pi*-0.000284717355) q[4];
rx(pi*-0.001951460344) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
