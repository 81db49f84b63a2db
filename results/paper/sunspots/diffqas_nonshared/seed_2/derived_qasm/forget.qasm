// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*0.35008024549) q[0];
rx(pi*-0.071957408944) q[1];
rx(pi*0.080951952253) q[2];
rx(pi*-0.100412052917) q[3];
rx(pi*0.08617955137) q[4];
rx(pi*0.003748477186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.431865158284) q[0];
rx(pi*-0.096718476342) q[1];
rx(pi*-0.157617069082) q[2];
rx(pi*-0.021692023873) q[3];
rx(pi*0.102528956214) q[4];
rx(pi*2.5408835e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.4464569847) q[0];
rx(pi*-0.192797286495) q[1];
rx(pi*0.088216351726) q[2];
rx(pi*-0.099628649192) q[3];
rx(pi*0.089268845932) q[4];
rx(pi*-0.000327846968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.068918766875) q[0];
rx(pi*-0.056654763793) q[1];
rx(pi*-0.084296401812) q[2];
rx(pi*-0.017136309041) q[3];
rx(pi*0.105157051738) q[4];
rx(pi*-0.003150012987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.202755038258) q[0];
rx(pi*-0.082450856239) q[1];
rx(pi*0.086374145357) q[2];
rx(pi*-0.0976219491) q[3];
rx(pi*0.086240425431) q[4];
rx(pi*-0.001102013077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
