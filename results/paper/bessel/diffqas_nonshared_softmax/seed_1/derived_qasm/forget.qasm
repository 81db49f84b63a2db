// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.012049906297) q[0];
ry(pi*0.212742368536) q[1];
ry(pi*-0.001355025488) q[2];
ry(pi*-0.506459741212) q[3];
ry(pi*-0.01362635546) q[4];
ry(pi*0.26591605527) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002887497749) q[0];
ry(pi*-0.0237842958) q[1];
ry(pi*-0.247871814875) q[2];
ry(pi*-0.255081553863) q[3];
ry(pi*0.009014787823) q[4];
ry(pi*-0.487150265192) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.502551506969) q[0];
ry(pi*0.499871113066) q[1];
ry(pi*0.507814433343) q[2];
ry(pi*0.519151902292) q[3];
ry(pi*-0.036784576673) q[4];
ry(pi*-0.041483841686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009049510916) q[0];
ry(pi*0.253255066415) q[1];
ry(pi*-0.251151216369) q[2];
ry(pi*0.172484930004) q[3];
ry(pi*-0.513745048654) q[4];
ry(pi*0.003850341868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002775402309) q[0];
ry(pi*-0.506162627983) q[1];
ry(pi*0.002889803234) q[2];
ry(pi*-0.269245203308) q[3];
ry(pi*-0.001568477645) q[4];
ry(pi*0.002989650877) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
