// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.040303362068) q[0];
rz(pi*-0.063683412647) q[1];
rz(pi*-0.026138348956) q[2];
rz(pi*-0.021185747958) q[3];
rz(pi*-0.003523634117) q[4];
rz(pi*-0.013737691101) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011187873576) q[0];
rz(pi*-0.014079925081) q[1];
rz(pi*0.005098374547) q[2];
rz(pi*-0.002471518477) q[3];
rz(pi*-0.00330532805) q[4];
rz(pi*-0.002112077549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.024925212496) q[0];
rz(pi*-0.0679451993) q[1];
rz(pi*-0.015954951933) q[2];
rz(pi*-0.00625730646) q[3];
rz(pi*0.003074621809) q[4];
rz(pi*-0.00693364282) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.013310530359) q[0];
rz(pi*-0.01630719048) q[1];
rz(pi*0.002778150096) q[2];
rz(pi*-0.007869301067) q[3];
rz(pi*-0.005108939996) q[4];
rz(pi*0.002912248588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.056902087789) q[0];
rz(pi*-0.096745465075) q[1];
rz(pi*0.060339518041) q[2];
rz(pi*-0.03180153153) q[3];
rz(pi*-0.040547560303) q[4];
rz(pi*-0.004144715314) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
