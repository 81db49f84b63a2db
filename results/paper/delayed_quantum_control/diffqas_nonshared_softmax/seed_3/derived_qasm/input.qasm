// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
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
rz(pi*-0.003226670595) q[0];
rz(pi*0.001414808912) q[1];
rz(pi*0.002701464029) q[2];
rz(pi*-0.001313039835) q[3];
rz(pi*-0.000758143438) q[4];
rz(pi*-0.002721897975) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000694061056) q[0];
rz(pi*-0.001871340802) q[1];
rz(pi*0.005814684708) q[2];
rz(pi*0.002355823699) q[3];
rz(pi*-0.00041299262) q[4];
rz(pi*-0.004208291805) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006792961082) q[0];
rz(pi*0.004464857308) q[1];
rz(pi*0.00182631862) q[2];
rz(pi*0.000952596538) q[3];
rz(pi*0.000874451718) q[4];
rz(pi*-0.001163419857) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.006322623109) q[0];
rz(pi*0.000985192385) q[1];
rz(pi*-0.004252155019) q[2];
rz(pi*-0.001760859676) q[3];
rz(pi*-0.007892278843) q[4];
rz(pi*0.002431675707) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002766519209) q[0];
rz(pi*0.005973490756) q[1];
rz(pi*0.007016545427) q[2];
rz(pi*-0.002160527424) q[3];
rz(pi*0.001761178359) q[4];
rz(pi*0.003501581855) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
