// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.005626841462) q[0];
rz(pi*0.003389130676) q[1];
rz(pi*-0.001045880128) q[2];
rz(pi*0.004232347174) q[3];
rz(pi*-0.002933823863) q[4];
rz(pi*0.005879281577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001173920977) q[0];
rz(pi*0.002640971795) q[1];
rz(pi*-0.004131518285) q[2];
rz(pi*0.000584784774) q[3];
rz(pi*-0.001266799543) q[4];
rz(pi*-0.000686877722) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000298041634) q[0];
rz(pi*-0.0053365519) q[1];
rz(pi*-0.005228336683) q[2];
rz(pi*0.00444180453) q[3];
rz(pi*-0.003708645384) q[4];
rz(pi*-0.007096707065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001434749418) q[0];
rz(pi*2.4666733e-05) q[1];
rz(pi*0.000534663888) q[2];
rz(pi*-0.001428227981) q[3];
rz(pi*0.002183405149) q[4];
rz(pi*0.002943214484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000675471469) q[0];
rz(pi*0.001324722749) q[1];
rz(pi*-0.006193752499) q[2];
rz(pi*-0.00082635017) q[3];
rz(pi*-0.00288724725) q[4];
rz(pi*-0.003643334665) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
