// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.004202879829) q[0];
rz(pi*-0.002646817476) q[1];
rz(pi*0.00092434582) q[2];
rz(pi*0.000833191476) q[3];
rz(pi*0.007987701684) q[4];
rz(pi*-0.000754733606) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002577509732) q[0];
rz(pi*-0.002379954959) q[1];
rz(pi*-0.000410379606) q[2];
rz(pi*-0.004665243912) q[3];
rz(pi*8.2798553e-05) q[4];
rz(pi*-0.001056318845) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004762052653) q[0];
rz(pi*-0.001297154161) q[1];
rz(pi*-0.004385490747) q[2];
rz(pi*0.001077357991) q[3];
rz(pi*0.001377276964) q[4];
rz(pi*0.0034990401) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001705123672) q[0];
rz(pi*-0.000871620554) q[1];
rz(pi*-0.003616378244) q[2];
rz(pi*-0.005979588716) q[3];
rz(pi*-0.002044044981) q[4];
rz(pi*-0.005859256435) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001708901324) q[0];
rz(pi*0.001247513004) q[1];
rz(pi*-0.003149557048) q[2];
rz(pi*-6.7868349e-05) q[3];
rz(pi*-0.00286138858) q[4];
rz(pi*0.000540670208) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
