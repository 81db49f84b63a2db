// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001526184426) q[0];
rz(pi*0.004603592264) q[1];
rz(pi*0.001926418244) q[2];
rz(pi*0.002475300131) q[3];
rz(pi*-0.002363509293) q[4];
rz(pi*0.004514466596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002231285398) q[0];
rz(pi*0.00024466694) q[1];
rz(pi*0.003460722857) q[2];
rz(pi*-0.001080403933) q[3];
rz(pi*0.000380037069) q[4];
rz(pi*2.6398313e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000498908596) q[0];
rz(pi*0.001879044775) q[1];
rz(pi*-0.004768631157) q[2];
rz(pi*-0.001668397028) q[3];
rz(pi*0.006574555111) q[4];
rz(pi*-0.006218715299) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002027358005) q[0];
rz(pi*0.002541588392) q[1];
rz(pi*-0.005860142225) q[2];
rz(pi*-0.00274308668) q[3];
rz(pi*-0.002557784893) q[4];
rz(pi*0.004988862662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002765144278) q[0];
rz(pi*0.002011911372) q[1];
rz(pi*-0.002004939035) q[2];
rz(pi*3.327118e-05) q[3];
rz(pi*-0.003606105983) q[4];
rz(pi*-0.004682986099) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
