// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
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
rz(pi*-7.6921031e-05) q[0];
rz(pi*0.002127457925) q[1];
rz(pi*-0.001081896999) q[2];
rz(pi*0.003348973373) q[3];
rz(pi*-1.7240984e-05) q[4];
rz(pi*0.001856926405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004109073228) q[0];
rz(pi*0.001103483243) q[1];
rz(pi*-0.005373749751) q[2];
rz(pi*-0.006478681073) q[3];
rz(pi*-0.000969208438) q[4];
rz(pi*-0.002864580152) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000522175262) q[0];
rz(pi*0.007145264848) q[1];
rz(pi*-0.002647460178) q[2];
rz(pi*-0.001986076419) q[3];
rz(pi*0.00065382097) q[4];
rz(pi*0.001569298364) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000561521295) q[0];
rz(pi*-0.00065549324) q[1];
rz(pi*0.002236014651) q[2];
rz(pi*0.001654912592) q[3];
rz(pi*-0.003290296001) q[4];
rz(pi*-0.000252054028) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000112311626) q[0];
rz(pi*-0.003356538164) q[1];
rz(pi*0.000827080472) q[2];
rz(pi*-0.002730957462) q[3];
rz(pi*0.003094183009) q[4];
rz(pi*0.000613529895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
