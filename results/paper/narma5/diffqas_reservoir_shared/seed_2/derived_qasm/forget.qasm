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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.010504395756) q[0];
rz(pi*1.551308991969) q[1];
rz(pi*1.553562043703) q[2];
rz(pi*0.10729594445) q[3];
rz(pi*0.745831537447) q[4];
rz(pi*0.005754783) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.511314591611) q[0];
rz(pi*1.495425750218) q[1];
rz(pi*1.410384127336) q[2];
rz(pi*1.039426611793) q[3];
rz(pi*1.806563937773) q[4];
rz(pi*1.301933928348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.191179707972) q[0];
rz(pi*0.670643373135) q[1];
rz(pi*1.951891845909) q[2];
rz(pi*0.806556700301) q[3];
rz(pi*0.784740089509) q[4];
rz(pi*1.09257580471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.090255513558) q[0];
rz(pi*0.727567763389) q[1];
rz(pi*1.469689900989) q[2];
rz(pi*0.639642814094) q[3];
rz(pi*0.065484272656) q[4];
rz(pi*0.55101245804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.039154621485) q[0];
rz(pi*0.452532817421) q[1];
rz(pi*1.455493884036) q[2];
rz(pi*0.780065659823) q[3];
rz(pi*0.090317517129) q[4];
rz(pi*0.352574061392) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
