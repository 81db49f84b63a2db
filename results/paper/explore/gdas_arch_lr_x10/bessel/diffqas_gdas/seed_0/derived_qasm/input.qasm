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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.14152495367) q[0];
rx(pi*-0.044243887927) q[1];
rx(pi*0.092075152475) q[2];
rx(pi*0.001764137366) q[3];
rx(pi*0.017370015347) q[4];
rx(pi*-0.004282074746) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.116907301272) q[0];
rx(pi*0.056806246954) q[1];
rx(pi*0.292575327102) q[2];
rx(pi*-0.041654534754) q[3];
rx(pi*0.019980172138) q[4];
rx(pi*0.004837351931) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.176731486284) q[0];
rx(pi*0.095732215998) q[1];
rx(pi*0.069238045017) q[2];
rx(pi*0.009503020062) q[3];
rx(pi*0.021117493498) q[4];
rx(pi*-0.000636366487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073512756854) q[0];
rx(pi*-0.077802912509) q[1];
rx(pi*0.444475698603) q[2];
rx(pi*-0.035238625016) q[3];
rx(pi*0.016810562378) q[4];
rx(pi*-0.005563506872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.109245375302) q[0];
rx(pi*-0.051284959188) q[1];
rx(pi*0.097891542359) q[2];
rx(pi*0.006291932911) q[3];
rx(pi*0.021139646553) q[4];
rx(pi*0.002288927273) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
