// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.112176076666) q[0];
ry(pi*-0.220248480815) q[1];
ry(pi*-0.111806705728) q[2];
ry(pi*0.077266092842) q[3];
ry(pi*-0.099078856909) q[4];
ry(pi*-0.04625087261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.076341460726) q[0];
ry(pi*0.231012650247) q[1];
ry(pi*-0.054387012923) q[2];
ry(pi*0.359441475093) q[3];
ry(pi*0.234256667566) q[4];
ry(pi*0.26755522478) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044348944775) q[0];
ry(pi*-0.448145673081) q[1];
ry(pi*-0.060444005706) q[2];
ry(pi*0.270808443882) q[3];
ry(pi*0.063686761337) q[4];
ry(pi*-0.062680489488) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006113364374) q[0];
ry(pi*0.149502415407) q[1];
ry(pi*0.295035105895) q[2];
ry(pi*0.009372644083) q[3];
ry(pi*0.002934440774) q[4];
ry(pi*0.340306624242) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.254171601911) q[0];
ry(pi*0.061417321892) q[1];
ry(pi*0.021473441218) q[2];
ry(pi*0.214890576866) q[3];
ry(pi*-0.055152648669) q[4];
ry(pi*0.005377231843) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
