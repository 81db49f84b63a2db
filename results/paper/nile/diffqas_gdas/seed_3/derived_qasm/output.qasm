// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035822748486) q[0];
ry(pi*0.001327060547) q[1];
ry(pi*0.000508886965) q[2];
ry(pi*-1.0678973e-05) q[3];
ry(pi*-6.08929e-07) q[4];
ry(pi*0.369613068696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.873383e-05) q[0];
ry(pi*7.67098e-06) q[1];
ry(pi*3.40288e-07) q[2];
ry(pi*0.00077142325) q[3];
ry(pi*9.0532e-08) q[4];
ry(pi*0.132334934142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.19624e-07) q[0];
ry(pi*0.104923753346) q[1];
ry(pi*-1.715905e-06) q[2];
ry(pi*1.1711549e-05) q[3];
ry(pi*-0.002079984108) q[4];
ry(pi*0.000846329807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-3.0526e-07) q[0];
ry(pi*-0.204263352727) q[1];
ry(pi*-0.123216565195) q[2];
ry(pi*0.000928474023) q[3];
ry(pi*0.000304247408) q[4];
ry(pi*-0.00699715765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.9108e-07) q[0];
ry(pi*-0.001455234205) q[1];
ry(pi*-0.000449309313) q[2];
ry(pi*-0.000329880091) q[3];
ry(pi*0.00063295947) q[4];
ry(pi*-0.002314640089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
