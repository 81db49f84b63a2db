// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003351844187) q[0];
rz(pi*0.005654656696) q[1];
rz(pi*-0.008127492297) q[2];
rz(pi*-0.000439222889) q[3];
rz(pi*0.003226726328) q[4];
rz(pi*0.004303950917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002080687286) q[0];
rz(pi*0.004765389189) q[1];
rz(pi*0.000922946432) q[2];
rz(pi*0.001754728366) q[3];
rz(pi*0.000569031168) q[4];
rz(pi*-0.003418272224) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002695171895) q[0];
rz(pi*0.001208080668) q[1];
rz(pi*-0.00184687826) q[2];
rz(pi*0.00404743166) q[3];
rz(pi*0.004113778173) q[4];
rz(pi*0.005725720901) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-8.3157701e-05) q[0];
rz(pi*0.004404419324) q[1];
rz(pi*-0.002883406454) q[2];
rz(pi*-0.002598397542) q[3];
rz(pi*0.000258807659) q[4];
rz(pi*0.000895783682) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005089871792) q[0];
rz(pi*-0.005509106076) q[1];
rz(pi*0.001130202504) q[2];
rz(pi*-0.00274439995) q[3];
rz(pi*0.003846319645) q[4];
rz(pi*0.001255861606) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
