// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.00621716902) q[0];
ry(pi*0.091407814534) q[1];
ry(pi*0.504897601058) q[2];
ry(pi*-0.003114985737) q[3];
ry(pi*0.003720958104) q[4];
ry(pi*-0.00327523994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502776144302) q[0];
ry(pi*-0.323157992402) q[1];
ry(pi*0.355202621749) q[2];
ry(pi*-0.230988441021) q[3];
ry(pi*0.003908374167) q[4];
ry(pi*-0.000596208776) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00195102486) q[0];
ry(pi*0.501242273542) q[1];
ry(pi*-0.007739602178) q[2];
ry(pi*-0.269035004237) q[3];
ry(pi*0.167362971145) q[4];
ry(pi*-0.000634594684) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.732611554527) q[0];
ry(pi*0.001313761392) q[1];
ry(pi*0.023027408861) q[2];
ry(pi*0.001815594423) q[3];
ry(pi*-0.130919168736) q[4];
ry(pi*-0.000312732099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000105678075) q[0];
ry(pi*-0.246653005563) q[1];
ry(pi*0.134695267278) q[2];
ry(pi*0.025168272367) q[3];
ry(pi*-0.003839557343) q[4];
ry(pi*-0.002586079782) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
