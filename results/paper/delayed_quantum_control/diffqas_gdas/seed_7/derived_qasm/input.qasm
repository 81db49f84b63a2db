// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rz(pi*-0.000566142419) q[0];
rz(pi*-0.002355152538) q[1];
rz(pi*0.005084536892) q[2];
rz(pi*0.004477916487) q[3];
rz(pi*0.000681919165) q[4];
rz(pi*-0.004240697851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004449136904) q[0];
rz(pi*-0.002159941344) q[1];
rz(pi*0.003922747209) q[2];
rz(pi*0.002833438758) q[3];
rz(pi*0.003296254926) q[4];
rz(pi*0.00388201776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002144102213) q[0];
rz(pi*0.000961377288) q[1];
rz(pi*-0.001425384441) q[2];
rz(pi*-3.7192269e-05) q[3];
rz(pi*0.002263275081) q[4];
rz(pi*0.002142033887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00218377823) q[0];
rz(pi*0.000256627979) q[1];
rz(pi*-0.00198150784) q[2];
rz(pi*0.004757192072) q[3];
rz(pi*0.001475915834) q[4];
rz(pi*0.000104216349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000152493793) q[0];
rz(pi*0.000879855764) q[1];
rz(pi*-0.003829540029) q[2];
rz(pi*-0.000416062537) q[3];
rz(pi*-0.003372489501) q[4];
rz(pi*0.00647965817) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
