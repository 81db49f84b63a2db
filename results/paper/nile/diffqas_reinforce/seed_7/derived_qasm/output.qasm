// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rx(0) q[0];
rx(pi*7.61293e-07) q[1];
rx(pi*0.0011916768) q[2];
rx(pi*-0.004264373172) q[3];
rx(pi*-0.000518831093) q[4];
rx(pi*-0.004620494018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-1.1820314e-05) q[0];
rx(pi*1.0e-12) q[1];
rx(pi*-4.74111e-07) q[2];
rx(pi*0.001040816554) q[3];
rx(pi*-0.002738346458) q[4];
rx(pi*0.000632225536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.434e-08) q[0];
rx(pi*-7.0e-12) q[1];
rx(pi*1.905886e-06) q[2];
rx(pi*0.000102505633) q[3];
rx(pi*0.000503811421) q[4];
rx(pi*-0.000882694932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.56e-10) q[0];
rx(0) q[1];
rx(pi*-0.048007241526) q[2];
rx(pi*0.003916066134) q[3];
rx(pi*-0.001876732027) q[4];
rx(pi*0.001657795264) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*4.7e-11) q[0];
rx(pi*-2.0e-12) q[1];
rx(pi*-0.001191675985) q[2];
rx(pi*-0.0012192883) q[3];
rx(pi*-0.00105404671) q[4];
rx(pi*-0.001310481182) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
