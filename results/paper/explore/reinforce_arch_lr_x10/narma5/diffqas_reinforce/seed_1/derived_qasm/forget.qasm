// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.000443697789) q[0];
rz(pi*0.00018276559) q[1];
rz(pi*-0.000645385953) q[2];
rz(pi*0.001957628266) q[3];
rz(pi*0.000987856129) q[4];
rz(pi*-0.00111238991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003203000314) q[0];
rz(pi*-0.001946391656) q[1];
rz(pi*0.000913344739) q[2];
rz(pi*0.001343762346) q[3];
rz(pi*0.004707194435) q[4];
rz(pi*-0.001608867512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005548402194) q[0];
rz(pi*0.000560751008) q[1];
rz(pi*-0.000617445469) q[2];
rz(pi*-0.002140543044) q[3];
rz(pi*0.001866230463) q[4];
rz(pi*0.000155761089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003512901175) q[0];
rz(pi*-0.003590174804) q[1];
rz(pi*-0.001768270757) q[2];
rz(pi*-0.002151794921) q[3];
rz(pi*0.003470537104) q[4];
rz(pi*0.004378479131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002764708794) q[0];
rz(pi*0.001139134963) q[1];
rz(pi*-0.00136312863) q[2];
rz(pi*0.000173423772) q[3];
rz(pi*0.002816108339) q[4];
rz(pi*0.006783095253) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
