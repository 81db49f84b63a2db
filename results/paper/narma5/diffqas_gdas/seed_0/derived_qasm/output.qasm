// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
ry(pi*-0.117299562831) q[0];
ry(pi*-0.0369078355) q[1];
ry(pi*0.066013365671) q[2];
ry(pi*0.078234884028) q[3];
ry(pi*0.075148316799) q[4];
ry(pi*0.00552114132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106638681038) q[0];
ry(pi*-0.086568018379) q[1];
ry(pi*0.038910105456) q[2];
ry(pi*0.015437644551) q[3];
ry(pi*-0.005780393838) q[4];
ry(pi*-0.005961805322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.08984018177) q[0];
ry(pi*-0.042729170156) q[1];
ry(pi*-0.10271405434) q[2];
ry(pi*0.0404032773) q[3];
ry(pi*-0.005811563098) q[4];
ry(pi*0.001645827166) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.097526203129) q[0];
ry(pi*-0.113713571221) q[1];
ry(pi*-0.013122094215) q[2];
ry(pi*-0.017171826024) q[3];
ry(pi*-0.028247667897) q[4];
ry(pi*0.000319649073) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115496222135) q[0];
ry(pi*-0.047359032858) q[1];
ry(pi*0.080225371907) q[2];
ry(pi*0.080781662356) q[3];
ry(pi*-0.002605090178) q[4];
ry(pi*0.002475298204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
