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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.287579726743) q[0];
rx(pi*-0.058039081869) q[1];
rx(pi*-0.009086434848) q[2];
rx(pi*0.176492866036) q[3];
rx(pi*6.6394093e-05) q[4];
rx(pi*0.003205159057) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.323033417341) q[0];
rx(pi*0.126014144275) q[1];
rx(pi*0.059825043528) q[2];
rx(pi*0.172108966035) q[3];
rx(pi*0.001878922935) q[4];
rx(pi*0.002708895714) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.159610440819) q[0];
rx(pi*0.008104184276) q[1];
rx(pi*-0.006690258634) q[2];
rx(pi*0.1709107801) q[3];
rx(pi*-0.001259660157) q[4];
rx(pi*-0.000419282827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.351876585241) q[0];
rx(pi*-0.021063983235) q[1];
rx(pi*0.06107452703) q[2];
rx(pi*0.173637865935) q[3];
rx(pi*-0.003536076682) q[4];
rx(pi*-0.001173342827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.230259147572) q[0];
rx(pi*-0.057015364579) q[1];
rx(pi*-0.008550575084) q[2];
rx(pi*0.17772121864) q[3];
rx(pi*-0.001624096699) q[4];
rx(pi*0.000539312545) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
