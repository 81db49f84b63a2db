// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.000371110799) q[0];
rz(pi*-0.00185912339) q[1];
rz(pi*0.000809531867) q[2];
rz(pi*-0.003785595588) q[3];
rz(pi*0.000762856165) q[4];
rz(pi*0.001663799545) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003986589319) q[0];
rz(pi*0.003375077799) q[1];
rz(pi*0.000641262419) q[2];
rz(pi*-0.002135743087) q[3];
rz(pi*-0.005783324534) q[4];
rz(pi*8.737007e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004522511931) q[0];
rz(pi*0.00529989418) q[1];
rz(pi*-0.008051151296) q[2];
rz(pi*-0.002378667332) q[3];
rz(pi*-0.001088813825) q[4];
rz(pi*-0.003284621074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000616876435) q[0];
rz(pi*0.000146371617) q[1];
rz(pi*-0.001620834869) q[2];
rz(pi*-9.1417748e-05) q[3];
rz(pi*-0.005040767356) q[4];
rz(pi*-0.003067657625) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002827582701) q[0];
rz(pi*0.002873946464) q[1];
rz(pi*-0.00515395284) q[2];
rz(pi*-0.000657192042) q[3];
rz(pi*0.002494367891) q[4];
rz(pi*-0.000152573816) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
