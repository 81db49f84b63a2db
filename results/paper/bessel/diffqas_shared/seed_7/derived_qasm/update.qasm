// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*0.001702075582) q[0];
rz(pi*0.002652227377) q[1];
rz(pi*-0.004265729131) q[2];
rz(pi*-0.001705205344) q[3];
rz(pi*-0.000773841905) q[4];
rz(pi*-0.008343315009) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001122315844) q[0];
rz(pi*0.001053112969) q[1];
rz(pi*0.005847879901) q[2];
rz(pi*7.2886344e-05) q[3];
rz(pi*0.00064880001) q[4];
rz(pi*-3.631937e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004283535944) q[0];
rz(pi*-0.001937218925) q[1];
rz(pi*-0.00313000237) q[2];
rz(pi*0.000188371778) q[3];
rz(pi*-5.9610798e-05) q[4];
rz(pi*0.001996481044) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002449407074) q[0];
rz(pi*-0.001015597325) q[1];
rz(pi*-0.002781759662) q[2];
rz(pi*0.002211569897) q[3];
rz(pi*0.001914168223) q[4];
rz(pi*-0.000937136342) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001514445779) q[0];
rz(pi*0.00159495278) q[1];
rz(pi*-0.000791832887) q[2];
rz(pi*-0.002610626663) q[3];
rz(pi*0.002430356508) q[4];
rz(pi*-0.001594777134) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
