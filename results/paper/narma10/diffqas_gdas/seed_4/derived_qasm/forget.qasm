// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*0.000539726351) q[0];
rz(pi*0.005498547742) q[1];
rz(pi*0.001358503133) q[2];
rz(pi*0.004502813475) q[3];
rz(pi*-0.00118633323) q[4];
rz(pi*0.005615879957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002461604624) q[0];
rz(pi*0.004585073677) q[1];
rz(pi*-0.001298744759) q[2];
rz(pi*-0.004093723979) q[3];
rz(pi*0.002195232582) q[4];
rz(pi*0.004465296053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002487721204) q[0];
rz(pi*0.000562994573) q[1];
rz(pi*0.002090358644) q[2];
rz(pi*0.000573856842) q[3];
rz(pi*0.004279418265) q[4];
rz(pi*0.000590300025) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001610207462) q[0];
rz(pi*0.001551042875) q[1];
rz(pi*0.00012639525) q[2];
rz(pi*0.002051835369) q[3];
rz(pi*-0.001214167659) q[4];
rz(pi*0.005946861912) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.0012471961) q[0];
rz(pi*0.005034742916) q[1];
rz(pi*0.000532955377) q[2];
rz(pi*0.004162510862) q[3];
rz(pi*-1.5865536e-05) q[4];
rz(pi*-0.00394547745) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
