// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003513232012) q[0];
rz(pi*-0.004676239508) q[1];
rz(pi*-0.000143406792) q[2];
rz(pi*-0.002272529483) q[3];
rz(pi*-0.001599360238) q[4];
rz(pi*0.002547235749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001307346973) q[0];
rz(pi*0.001930420011) q[1];
rz(pi*-0.00470719236) q[2];
rz(pi*0.001696924332) q[3];
rz(pi*0.000379017728) q[4];
rz(pi*-0.002441977613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004638980886) q[0];
rz(pi*3.5158116e-05) q[1];
rz(pi*-0.000819188921) q[2];
rz(pi*-0.001083108439) q[3];
rz(pi*0.004591169858) q[4];
rz(pi*-0.001683893464) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000965064079) q[0];
rz(pi*-0.000786510068) q[1];
rz(pi*0.002108924071) q[2];
rz(pi*-0.00371360409) q[3];
rz(pi*0.00376803216) q[4];
rz(pi*-0.001804110129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000980819241) q[0];
rz(pi*-0.002571832434) q[1];
rz(pi*0.004489379881) q[2];
rz(pi*0.001038798402) q[3];
rz(pi*0.002789408347) q[4];
rz(pi*-0.0011068117) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
