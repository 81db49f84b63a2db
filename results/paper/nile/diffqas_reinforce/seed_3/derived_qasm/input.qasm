// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.00617619915) q[0];
ry(pi*-0.020993174569) q[1];
ry(pi*0.040247164789) q[2];
ry(pi*-0.090711894149) q[3];
ry(pi*0.006412075464) q[4];
ry(pi*-0.003805941785) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019706478394) q[0];
ry(pi*-0.001822021293) q[1];
ry(pi*0.026732117696) q[2];
ry(pi*0.011707088905) q[3];
ry(pi*0.006055951654) q[4];
ry(pi*0.294063890941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000600407423) q[0];
ry(pi*-0.169726918589) q[1];
ry(pi*-0.291499743062) q[2];
ry(pi*-0.025054936287) q[3];
ry(pi*0.031347390355) q[4];
ry(pi*-0.197271231156) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007787836238) q[0];
ry(pi*-0.018244233314) q[1];
ry(pi*-0.02625463767) q[2];
ry(pi*-0.265905126968) q[3];
ry(pi*0.35398218078) q[4];
ry(pi*0.144841446885) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.216759373541) q[0];
ry(pi*-0.145548143791) q[1];
ry(pi*-0.496534300038) q[2];
ry(pi*-0.00749566126) q[3];
ry(pi*0.002196083095) q[4];
ry(pi*0.001564065888) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
