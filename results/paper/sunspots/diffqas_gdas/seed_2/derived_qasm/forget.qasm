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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.021218573183) q[0];
ry(pi*-0.040150024321) q[1];
ry(pi*-0.009306367532) q[2];
ry(pi*-0.432573942193) q[3];
ry(pi*0.324391183057) q[4];
ry(pi*-0.029831562678) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.117624812645) q[0];
ry(pi*0.059108841275) q[1];
ry(pi*-0.256604742966) q[2];
ry(pi*-0.267155677686) q[3];
ry(pi*0.326321887808) q[4];
ry(pi*-0.209405062216) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.477326821509) q[0];
ry(pi*-0.519409590151) q[1];
ry(pi*-0.500416465726) q[2];
ry(pi*-0.492596278581) q[3];
ry(pi*0.495558797242) q[4];
ry(pi*0.447892235117) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.04031440895) q[0];
ry(pi*0.264490405063) q[1];
ry(pi*0.263099645739) q[2];
ry(pi*0.362503259171) q[3];
ry(pi*-0.222266896578) q[4];
ry(pi*0.317011562086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.249001888646) q[0];
ry(pi*0.422748904799) q[1];
ry(pi*0.23236487592) q[2];
ry(pi*-0.007560151408) q[3];
ry(pi*0.014053038326) q[4];
ry(pi*0.00453156786) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
