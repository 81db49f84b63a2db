// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001236717733) q[0];
rz(pi*0.004032450008) q[1];
rz(pi*0.006897749939) q[2];
rz(pi*0.009068338997) q[3];
rz(pi*0.004299839463) q[4];
rz(pi*-0.003691437102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001286607685) q[0];
rz(pi*0.000788279054) q[1];
rz(pi*0.006583057273) q[2];
rz(pi*0.002153748076) q[3];
rz(pi*0.003830456946) q[4];
rz(pi*-0.000553702188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00187893168) q[0];
rz(pi*0.002286081213) q[1];
rz(pi*-0.001452473226) q[2];
rz(pi*0.002474305841) q[3];
rz(pi*0.003408491179) q[4];
rz(pi*-0.000504093011) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003240862507) q[0];
rz(pi*0.005245601884) q[1];
rz(pi*0.00021104171) q[2];
rz(pi*1.02564e-06) q[3];
rz(pi*-0.000985539305) q[4];
rz(pi*-0.001971320661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000497044413) q[0];
rz(pi*-0.001310883019) q[1];
rz(pi*-0.00099306526) q[2];
rz(pi*-0.002462101176) q[3];
rz(pi*-0.004889393585) q[4];
rz(pi*-0.002983340066) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
