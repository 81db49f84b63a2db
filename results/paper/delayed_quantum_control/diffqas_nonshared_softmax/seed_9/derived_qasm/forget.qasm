// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.027308509771) q[0];
ry(pi*0.497450342242) q[1];
ry(pi*0.000257744629) q[2];
ry(pi*-0.017420189964) q[3];
ry(pi*0.000108288291) q[4];
ry(pi*-0.006608098929) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001684246831) q[0];
ry(pi*0.035825803098) q[1];
ry(pi*-0.497455844339) q[2];
ry(pi*-8.5555475e-05) q[3];
ry(pi*-2.95036e-07) q[4];
ry(pi*0.000359179905) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500915562827) q[0];
ry(pi*0.501082485061) q[1];
ry(pi*-0.499940515377) q[2];
ry(pi*-0.559581499537) q[3];
ry(pi*-0.499643022693) q[4];
ry(pi*0.500889494271) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.449012575869) q[0];
ry(pi*0.400892754801) q[1];
ry(pi*0.000150164601) q[2];
ry(pi*-0.000111403954) q[3];
ry(pi*-9.8196124e-05) q[4];
ry(pi*-0.035874112457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.016427152792) q[0];
ry(pi*-0.193937017394) q[1];
ry(pi*0.500077991907) q[2];
ry(pi*-0.498135182543) q[3];
ry(pi*-0.517307561489) q[4];
ry(pi*-0.000502802456) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
