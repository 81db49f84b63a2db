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
rx(pi*-0.02709274457) q[0];
rx(pi*-0.102206277208) q[1];
rx(pi*0.005969004887) q[2];
rx(pi*-0.001762239499) q[3];
rx(pi*0.000409044696) q[4];
rx(pi*-0.000486670915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.210936011173) q[0];
rx(pi*-0.096743861878) q[1];
rx(pi*-0.00335509327) q[2];
rx(pi*0.001801520646) q[3];
rx(pi*-0.006185826634) q[4];
rx(pi*-0.001941832267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.02172665388) q[0];
rx(pi*-0.100718178201) q[1];
rx(pi*0.000902934852) q[2];
rx(pi*0.000862724336) q[3];
rx(pi*9.0965589e-05) q[4];
rx(pi*-0.008521456659) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.213842730984) q[0];
rx(pi*-0.097159393512) q[1];
rx(pi*0.00058293708) q[2];
rx(pi*-0.004650908518) q[3];
rx(pi*-0.00447468697) q[4];
rx(pi*0.003841609068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.028013790836) q[0];
rx(pi*-0.100915153268) q[1];
rx(pi*-0.001390667573) q[2];
rx(pi*-0.00278984561) q[3];
rx(pi*0.000779514905) q[4];
rx(pi*0.001429643081) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
