// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rz(pi*0.00046173209) q[0];
rz(pi*-0.005260704784) q[1];
rz(pi*-0.003977559774) q[2];
rz(pi*0.005736827073) q[3];
rz(pi*-0.001054732026) q[4];
rz(pi*-0.004308211485) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00167532045) q[0];
rz(pi*0.007023901517) q[1];
rz(pi*-0.00094946848) q[2];
rz(pi*0.000268488337) q[3];
rz(pi*-0.002105676025) q[4];
rz(pi*-0.003950718079) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000182400939) q[0];
rz(pi*0.001656424334) q[1];
rz(pi*0.005939173206) q[2];
rz(pi*3.993392e-06) q[3];
rz(pi*-0.000590643165) q[4];
rz(pi*0.001676903489) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007663108209) q[0];
rz(pi*-0.000909973889) q[1];
rz(pi*0.000805276413) q[2];
rz(pi*0.003422433481) q[3];
rz(pi*-0.000904161484) q[4];
rz(pi*-0.002612645779) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002207410714) q[0];
rz(pi*0.001351194772) q[1];
rz(pi*0.000561209986) q[2];
rz(pi*-0.000945802071) q[3];
rz(pi*-0.001042377136) q[4];
rz(pi*-0.002840776765) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
