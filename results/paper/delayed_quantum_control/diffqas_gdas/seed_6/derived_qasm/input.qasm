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
rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001826719716) q[0];
rz(pi*-0.002783935302) q[1];
rz(pi*-0.000261001123) q[2];
rz(pi*0.003543775171) q[3];
rz(pi*-0.004835288645) q[4];
rz(pi*-0.004240255845) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006664802543) q[0];
rz(pi*0.001401588909) q[1];
rz(pi*0.001405346551) q[2];
rz(pi*-0.002766620891) q[3];
rz(pi*0.001050411428) q[4];
rz(pi*4.4240487e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006186464592) q[0];
rz(pi*-0.003860639623) q[1];
rz(pi*0.000762668291) q[2];
rz(pi*-0.001455326253) q[3];
rz(pi*0.005829935239) q[4];
rz(pi*0.001403141858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003871642038) q[0];
rz(pi*0.001354420139) q[1];
rz(pi*-0.000557961866) q[2];
rz(pi*-0.003107712356) q[3];
rz(pi*0.001229212381) q[4];
rz(pi*0.000366015171) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003844431264) q[0];
rz(pi*-0.001545291465) q[1];
rz(pi*0.00359466927) q[2];
rz(pi*0.003109939876) q[3];
rz(pi*-0.00051164472) q[4];
rz(pi*-0.00121610992) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
