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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008296766559) q[0];
rz(pi*0.002975531595) q[1];
rz(pi*0.002094372862) q[2];
rz(pi*-0.002653223446) q[3];
rz(pi*0.003780013153) q[4];
rz(pi*-0.007943119285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000360349397) q[0];
rz(pi*-0.005517490252) q[1];
rz(pi*0.008528538237) q[2];
rz(pi*-0.008493405452) q[3];
rz(pi*-0.004056176022) q[4];
rz(pi*-0.002594378876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002381727725) q[0];
rz(pi*0.002459139649) q[1];
rz(pi*0.001040802843) q[2];
rz(pi*-0.000993993517) q[3];
rz(pi*0.006619589299) q[4];
rz(pi*-0.002507414323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000785529117) q[0];
rz(pi*0.005367321547) q[1];
rz(pi*-0.004155265051) q[2];
rz(pi*-0.00280398001) q[3];
rz(pi*0.003296479338) q[4];
rz(pi*0.00122865891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004415766509) q[0];
rz(pi*-0.00012453279) q[1];
rz(pi*0.005911553035) q[2];
rz(pi*-0.001051434844) q[3];
rz(pi*0.002338787654) q[4];
rz(pi*0.000170235461) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
