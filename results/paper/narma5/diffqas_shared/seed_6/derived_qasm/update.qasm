// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.014619378402) q[0];
rz(pi*0.024774706432) q[1];
rz(pi*-0.011563620544) q[2];
rz(pi*0.021721372342) q[3];
rz(pi*0.004057785445) q[4];
rz(pi*-0.002204934474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.012590182561) q[0];
rz(pi*-0.011540218845) q[1];
rz(pi*0.022953443604) q[2];
rz(pi*-0.010956047944) q[3];
rz(pi*-0.020109874584) q[4];
rz(pi*-0.002568220497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011442542397) q[0];
rz(pi*0.023132688638) q[1];
rz(pi*-0.01768090279) q[2];
rz(pi*-0.011003081385) q[3];
rz(pi*0.006812302612) q[4];
rz(pi*-0.005047639048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.014448658061) q[0];
rz(pi*0.007539283164) q[1];
rz(pi*-0.023315087891) q[2];
rz(pi*-0.003948084424) q[3];
rz(pi*-0.013341537758) q[4];
rz(pi*-0.002713696708) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.010249700848) q[0];
rz(pi*0.01788580728) q[1];
rz(pi*-0.008154542099) q[2];
rz(pi*0.011731511574) q[3];
rz(pi*-0.011495360155) q[4];
rz(pi*0.00060774858) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
