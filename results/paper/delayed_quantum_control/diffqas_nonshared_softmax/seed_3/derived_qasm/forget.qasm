// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.316916735344) q[0];
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
ry(pi*-0.004500138318) q[0];
ry(pi*0.283604993019) q[1];
ry(pi*0.010759036118) q[2];
ry(pi*-0.001521525282) q[3];
ry(pi*-0.09206928041) q[4];
ry(pi*-0.032620845924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.516875514078) q[0];
ry(pi*-0.50450023583) q[1];
ry(pi*-0.333750781004) q[2];
ry(pi*-0.098388818076) q[3];
ry(pi*-0.076260627335) q[4];
ry(pi*0.091415678738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.283759051731) q[0];
ry(pi*-0.007416416836) q[1];
ry(pi*0.209388612844) q[2];
ry(pi*0.020419101913) q[3];
ry(pi*-0.403796002599) q[4];
ry(pi*-0.33825016812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010817980887) q[0];
ry(pi*-0.008060539841) q[1];
ry(pi*-0.062655132411) q[2];
ry(pi*-0.192070857931) q[3];
ry(pi*-0.297193218) q[4];
ry(pi*0.321949504265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.037693952328) q[0];
ry(pi*-0.008380362264) q[1];
ry(pi*-0.066423437896) q[2];
ry(pi*0.546538304679) q[3];
ry(pi*0.020124495458) q[4];
ry(pi*-0.001091591554) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
