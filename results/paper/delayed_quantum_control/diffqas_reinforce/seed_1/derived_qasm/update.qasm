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
ry(pi*0.30946970515) q[0];
ry(pi*-0.038210921758) q[1];
ry(pi*-0.043700854686) q[2];
ry(pi*0.109178743013) q[3];
ry(pi*0.094134909856) q[4];
ry(pi*0.06096977849) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.559861347565) q[0];
ry(pi*0.193456912014) q[1];
ry(pi*-0.0177815212) q[2];
ry(pi*-0.49446289339) q[3];
ry(pi*-0.364939170247) q[4];
ry(pi*-0.508706038648) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.496025450945) q[0];
ry(pi*0.433144718334) q[1];
ry(pi*-0.348119260233) q[2];
ry(pi*0.006240038296) q[3];
ry(pi*0.008632507116) q[4];
ry(pi*0.09147610694) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027316445123) q[0];
ry(pi*-0.513521511741) q[1];
ry(pi*0.024744610911) q[2];
ry(pi*-0.48887435672) q[3];
ry(pi*-0.253100855922) q[4];
ry(pi*0.122749731252) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043883363033) q[0];
ry(pi*-0.481262528291) q[1];
ry(pi*-0.012636467765) q[2];
ry(pi*0.017957569326) q[3];
ry(pi*0.157186738705) q[4];
ry(pi*-0.001357460077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
