// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.692136612415) q[0];
ry(pi*-8.32444e-06) q[1];
ry(pi*-8.9048971e-05) q[2];
ry(pi*0.00024760364) q[3];
ry(pi*0.469200224489) q[4];
ry(pi*-0.012296773761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-4.1135302e-05) q[0];
ry(pi*0.00027556771) q[1];
ry(pi*0.000741065149) q[2];
ry(pi*-0.000873026464) q[3];
ry(pi*-0.117583414109) q[4];
ry(pi*0.102307990108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000686987927) q[0];
ry(pi*-0.000937812024) q[1];
ry(pi*5.99126e-07) q[2];
ry(pi*0.001856681983) q[3];
ry(pi*-0.391684331708) q[4];
ry(pi*-0.342435025024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.769872209615) q[0];
ry(pi*0.246363519379) q[1];
ry(pi*0.001488911574) q[2];
ry(pi*-0.000137596258) q[3];
ry(pi*-0.013827870942) q[4];
ry(pi*-0.069903016108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104351924217) q[0];
ry(pi*8.404573e-06) q[1];
ry(pi*-1.8418438e-05) q[2];
ry(pi*-0.001376799977) q[3];
ry(pi*-0.112553558454) q[4];
ry(pi*3.1221322e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
