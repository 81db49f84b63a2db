// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.02026380523) q[0];
ry(pi*-0.078994291971) q[1];
ry(pi*0.062650009769) q[2];
ry(pi*0.04359252504) q[3];
ry(pi*0.02396585788) q[4];
ry(pi*-0.013467726688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013066986683) q[0];
ry(pi*-0.025442945578) q[1];
ry(pi*0.00278307975) q[2];
ry(pi*0.092263523401) q[3];
ry(pi*-0.012762412421) q[4];
ry(pi*0.026330955548) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006977567695) q[0];
ry(pi*-0.022895401226) q[1];
ry(pi*0.030690437622) q[2];
ry(pi*-0.014278498602) q[3];
ry(pi*0.002578063796) q[4];
ry(pi*0.026218466127) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.093703184982) q[0];
ry(pi*-0.407829836432) q[1];
ry(pi*-0.034194068534) q[2];
ry(pi*0.389937586718) q[3];
ry(pi*-0.258945619549) q[4];
ry(pi*0.114801724706) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010864652661) q[0];
ry(pi*0.053970257547) q[1];
ry(pi*-0.055066744811) q[2];
ry(pi*-0.032502662307) q[3];
ry(pi*-0.086233149383) q[4];
ry(pi*0.000613463119) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
