// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001267089619) q[0];
ry(pi*-0.000504446934) q[1];
ry(pi*-0.468312148115) q[2];
ry(pi*0.005121408056) q[3];
ry(pi*-0.01053322366) q[4];
ry(pi*-0.001613850971) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.158041717121) q[0];
ry(pi*-0.009291820178) q[1];
ry(pi*0.003247585085) q[2];
ry(pi*0.495127736415) q[3];
ry(pi*0.490637418272) q[4];
ry(pi*-0.502425755597) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.477996483612) q[0];
ry(pi*-0.478113203955) q[1];
ry(pi*-0.492849299144) q[2];
ry(pi*-0.134940148532) q[3];
ry(pi*0.00642882425) q[4];
ry(pi*0.001320980226) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003896034173) q[0];
ry(pi*0.50753151173) q[1];
ry(pi*-0.128878298726) q[2];
ry(pi*-0.133008959976) q[3];
ry(pi*0.00721743718) q[4];
ry(pi*0.532045326279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002549549831) q[0];
ry(pi*-0.008205252103) q[1];
ry(pi*0.059072883175) q[2];
ry(pi*0.525080696219) q[3];
ry(pi*0.510935564175) q[4];
ry(pi*0.002311582513) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
