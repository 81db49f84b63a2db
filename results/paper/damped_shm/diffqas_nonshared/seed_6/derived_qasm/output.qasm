// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.25945638489) q[0];
ry(pi*0.008130520821) q[1];
ry(pi*-0.000421846705) q[2];
ry(pi*-0.009263909487) q[3];
ry(pi*-0.004222163552) q[4];
ry(pi*0.305735280249) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002061808513) q[0];
ry(pi*0.004681586859) q[1];
ry(pi*-0.00214874016) q[2];
ry(pi*-1.5472665e-05) q[3];
ry(pi*-0.002956142632) q[4];
ry(pi*0.001269455283) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001917932683) q[0];
ry(pi*-0.00212757354) q[1];
ry(pi*0.056037347894) q[2];
ry(pi*0.000342798716) q[3];
ry(pi*-0.033475278873) q[4];
ry(pi*-0.001255504681) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.51079653188) q[0];
ry(pi*-0.002553143092) q[1];
ry(pi*0.038323783519) q[2];
ry(pi*-0.000794325876) q[3];
ry(pi*0.003764148379) q[4];
ry(pi*-0.002240178725) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027825422282) q[0];
ry(pi*-0.322559174539) q[1];
ry(pi*-0.429343414497) q[2];
ry(pi*-0.50246734386) q[3];
ry(pi*-0.348325797565) q[4];
ry(pi*0.002785901353) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
