// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000703615169) q[0];
ry(pi*0.003428901409) q[1];
ry(pi*0.499766497335) q[2];
ry(pi*0.500186250405) q[3];
ry(pi*0.308305290706) q[4];
ry(pi*0.004364865591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.501446420307) q[0];
ry(pi*0.000801353056) q[1];
ry(pi*0.00538888526) q[2];
ry(pi*0.007053446828) q[3];
ry(pi*0.000659191814) q[4];
ry(pi*-0.001428825771) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502177364385) q[0];
ry(pi*0.000244737106) q[1];
ry(pi*-0.00106434239) q[2];
ry(pi*-0.005509333156) q[3];
ry(pi*0.191552029172) q[4];
ry(pi*-0.502579624581) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.469559e-06) q[0];
ry(pi*-0.327866724816) q[1];
ry(pi*-0.342395979109) q[2];
ry(pi*-9.6973567e-05) q[3];
ry(pi*0.000720176895) q[4];
ry(pi*0.001207427887) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*2.1213913e-05) q[0];
ry(pi*0.010134405832) q[1];
ry(pi*0.004048125944) q[2];
ry(pi*2.0338244e-05) q[3];
ry(pi*0.166112496317) q[4];
ry(pi*0.001505633234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
