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
rx(pi*-0.166554314693) q[0];
rx(pi*0.036633138573) q[1];
rx(pi*-0.000753770146) q[2];
rx(pi*-0.006095927233) q[3];
rx(pi*-5.8606058e-05) q[4];
rx(pi*-0.001679257147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.168588591673) q[0];
rx(pi*0.040836510508) q[1];
rx(pi*0.000386664561) q[2];
rx(pi*0.001085626923) q[3];
rx(pi*2.5154058e-05) q[4];
rx(pi*0.000770239454) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.158473252267) q[0];
rx(pi*0.041685004987) q[1];
rx(pi*-0.000165773512) q[2];
rx(pi*-0.00766866426) q[3];
rx(pi*0.005956052429) q[4];
rx(pi*-0.00482545424) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.174289959274) q[0];
rx(pi*0.040218810018) q[1];
rx(pi*0.000446202303) q[2];
rx(pi*-0.005712951649) q[3];
rx(pi*0.00103403098) q[4];
rx(pi*0.001702588439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.153171308438) q[0];
rx(pi*0.038783343785) q[1];
rx(pi*0.001880458541) q[2];
rx(pi*-0.003303594415) q[3];
rx(pi*0.002031576328) q[4];
rx(pi*0.003152133191) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
