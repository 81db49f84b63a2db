// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.040655553183) q[0];
rx(pi*0.005170336401) q[1];
rx(pi*-0.00011374102) q[2];
rx(pi*-0.006117074732) q[3];
rx(pi*0.005957364513) q[4];
rx(pi*-0.004962573252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.048249865023) q[0];
rx(pi*-0.007664807456) q[1];
rx(pi*-0.000333038053) q[2];
rx(pi*-1.5110727e-05) q[3];
rx(pi*-0.001926689643) q[4];
rx(pi*-0.000217743592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.047550572232) q[0];
rx(pi*0.001185808218) q[1];
rx(pi*0.002294441969) q[2];
rx(pi*0.000335722252) q[3];
rx(pi*0.000599455303) q[4];
rx(pi*-0.001812198004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.042992677906) q[0];
rx(pi*0.003395151263) q[1];
rx(pi*0.00362510808) q[2];
rx(pi*-0.003784196051) q[3];
rx(pi*-0.001996145315) q[4];
rx(pi*0.000593616921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.041079779079) q[0];
rx(pi*-0.002069034165) q[1];
rx(pi*-0.00651538919) q[2];
rx(pi*0.000848622323) q[3];
rx(pi*-0.002235079947) q[4];
rx(pi*0.006587670023) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
