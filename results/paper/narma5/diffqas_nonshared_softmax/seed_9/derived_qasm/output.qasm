// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056897975446) q[0];
rx(pi*-0.001734838108) q[1];
rx(pi*0.003263202028) q[2];
rx(pi*-0.00231056999) q[3];
rx(pi*-0.000505005518) q[4];
rx(pi*0.000248694351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0485086201) q[0];
rx(pi*0.004650848339) q[1];
rx(pi*-0.0029666731) q[2];
rx(pi*-0.000761093627) q[3];
rx(pi*0.003691819818) q[4];
rx(pi*0.004557159132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.054341805608) q[0];
rx(pi*0.002813142662) q[1];
rx(pi*-0.001574521503) q[2];
rx(pi*-0.00167430526) q[3];
rx(pi*-0.00126567185) q[4];
rx(pi*0.002940915817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.059924821208) q[0];
rx(pi*-0.007154385403) q[1];
rx(pi*-0.000666437032) q[2];
rx(pi*0.002520907207) q[3];
rx(pi*-0.001348175881) q[4];
rx(pi*-0.000900267328) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055153597307) q[0];
rx(pi*0.007209740173) q[1];
rx(pi*-0.002559329393) q[2];
rx(pi*0.000427108122) q[3];
rx(pi*-0.000613832347) q[4];
rx(pi*-0.003484150643) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
